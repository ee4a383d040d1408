/**
 * Reads qingdao-2023-form.txt (see seeds/README.md for the text format) into
 * tables of rows of cell texts. Every table row of the form has 7 cells; the
 * parser relies on that to tell a blank line that ends a row from a blank line
 * inside a multi-line cell, and fails loudly when a row comes out another width.
 */
"use strict";

const WIDTH = 7;
const TITLE = /^\s*\[bookmark: [^\]]*\](.*)$/;
/** A paragraph of spaces only sits between two Word tables: it ends a row, holds no cell. */
const SEPARATOR = /^ +$/;

function startTable(tables, match) {
  const table = { title: match[1].trim(), rows: [] };
  tables.push(table);
  return table;
}

/**
 * Blank lines followed by a line without a tab continue the current cell.
 * Blank lines followed by a tabbed line end the row only when it is complete:
 * otherwise they were trailing empty paragraphs of the last cell, which Excel
 * would not show, so they are dropped.
 */
function parseFormText(text) {
  const lines = text.split("\n");
  const tables = [];
  let table = null;
  let row = null;
  let blanks = 0;
  const endRow = () => {
    if (row && row.length) table.rows.push(row);
    row = null;
    blanks = 0;
  };
  for (const line of lines) {
    const title = TITLE.exec(line);
    if (title) {
      endRow();
      table = startTable(tables, title);
    } else if (line === "") {
      blanks++;
    } else if (SEPARATOR.test(line)) {
      endRow();
    } else if (line.startsWith("\t")) {
      if (blanks && row && row.length >= WIDTH) endRow();
      if (!row) row = [];
      row.push(line.slice(1));
      blanks = 0;
    } else {
      if (!row || !row.length) throw new Error(`text outside a cell: ${line.slice(0, 40)}`);
      row[row.length - 1] += "\n".repeat(blanks + 1) + line;
      blanks = 0;
    }
  }
  endRow();
  checkWidths(tables);
  return tables;
}

function checkWidths(tables) {
  tables.forEach((t, i) => {
    t.rows.forEach((r, j) => {
      if (r.length !== WIDTH) throw new Error(`table ${i + 1} row ${j + 1}: ${r.length} cells, expected ${WIDTH}`);
    });
  });
}

module.exports = { parseFormText, WIDTH };
