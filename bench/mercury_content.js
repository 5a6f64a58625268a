// node bench/mercury_content.js DIR OUT.jsonl: mercury-parser's content (HTML) of each fixture in
// DIR, as {"file", "content"} lines. Its custom extractor is chosen by the fixture's host (the
// file name before "__"); no page is fetched (the HTML is given, one page only).
// Run by bench/mercury_bodies.py with NODE_PATH set to the parser's install.
const Mercury = require("@postlight/mercury-parser");
const fs = require("fs");
const path = require("path");

const [dir, out] = process.argv.slice(2);
(async () => {
  const lines = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith(".html")) continue;
    const host = file.split("__")[0].replace(/^_/, "");
    const html = fs.readFileSync(path.join(dir, file));
    try {
      const read = await Mercury.parse(`https://${host}/article`, html, {
        contentType: "html",
        fetchAllPages: false,
      });
      lines.push(JSON.stringify({ file, content: (read && read.content) || "" }));
    } catch (error) {
      lines.push(JSON.stringify({ file, error: String(error) }));
    }
  }
  fs.writeFileSync(out, lines.join("\n") + "\n");
})();
