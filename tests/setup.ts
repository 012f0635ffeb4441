// Every test runs on the command line's runtime (files on disk, Node's zlib), as the binary does.
import '../src/io/node-runtime.js';
