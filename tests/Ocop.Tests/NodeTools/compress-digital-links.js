// Reads Digital Link URIs (one per line) on stdin; prints one JSON line per URI with GS1's own compressed forms of it
// (with the toolkit's optimisation codes and without them), for the resolver tests to scan.
const { Utils } = require('digital-link.js');

let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  for (const uri of input.split('\n').map((l) => l.trim()).filter(Boolean)) {
    console.log(JSON.stringify({ uri, optimised: Utils.compressWebUri(uri, true), plain: Utils.compressWebUri(uri, false) }));
  }
});
