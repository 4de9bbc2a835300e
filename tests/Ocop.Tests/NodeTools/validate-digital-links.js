// Reads URIs (one per line) on stdin; prints one JSON line per URI: is it a valid GS1 Digital Link
// according to GS1's own library (grammar and check digit)?
const { DigitalLink } = require('digital-link.js');

let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  for (const uri of input.split('\n').map((l) => l.trim()).filter(Boolean)) {
    let valid = false;
    let error = null;
    try {
      valid = DigitalLink(uri).isValid();
    } catch (e) {
      error = e.message;
    }
    console.log(JSON.stringify({ uri, valid, error }));
  }
});
