/** Builds the three sample workbooks from the seed texts in seeds/. */
"use strict";

const fs = require("fs");
const path = require("path");
const { writeWorkbook } = require("./workbook");
const { buildQingdao } = require("./qingdao");
const { buildGuangzhou } = require("./guangzhou");
const { buildFlat } = require("./flat");

const SEEDS = path.join(__dirname, "..", "..", "seeds");
const OUTPUTS = ["qingdao-2023.xlsx", "guangzhou-2024.xlsx", "flat-sample.xlsx"];

function readSeed(name) {
  return fs.readFileSync(path.join(SEEDS, name), "utf8");
}

/** Writes the workbooks into `outDir` (seeds/ by default); returns their paths. */
async function buildSeeds(outDir = SEEDS) {
  fs.mkdirSync(outDir, { recursive: true });
  const books = [
    buildQingdao(readSeed("qingdao-2023-form.txt")),
    buildGuangzhou(readSeed("guangzhou-2024-compact.txt")),
    buildFlat(),
  ];
  const paths = OUTPUTS.map((name) => path.join(outDir, name));
  for (let i = 0; i < books.length; i++) await writeWorkbook(books[i], paths[i]);
  return paths;
}

module.exports = { buildSeeds, OUTPUTS, SEEDS };
