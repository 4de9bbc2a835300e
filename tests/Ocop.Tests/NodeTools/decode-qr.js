// Decodes the QR code in a PNG file with ZXing (independent of the encoder the app uses) and prints its text.
const fs = require('fs');
const { PNG } = require('pngjs');
const { RGBLuminanceSource, BinaryBitmap, HybridBinarizer, QRCodeReader } = require('@zxing/library');

const png = PNG.sync.read(fs.readFileSync(process.argv[2]));
const luminances = new Uint8ClampedArray(png.width * png.height);
for (let i = 0; i < luminances.length; i++) {
  const [r, g, b] = [png.data[i * 4], png.data[i * 4 + 1], png.data[i * 4 + 2]];
  luminances[i] = (r * 299 + g * 587 + b * 114) / 1000;
}
const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminances, png.width, png.height)));
process.stdout.write(new QRCodeReader().decode(bitmap).getText());
