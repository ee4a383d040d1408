#!/usr/bin/env node
/**
 * Offline manifest check: the XSD (xmllint, no network) plus what no XSD
 * checks: every resid defined, resid ≤ 32 chars, https URLs only, icon files
 * present in assets/, short strings ≤ 125 and long strings ≤ 250 chars.
 * (`office-addin-manifest validate` needs Microsoft's web service; this does not.)
 *
 *   node scripts/validate-manifest.js [manifest.xml] [--schema-dir DIR] [--assets DIR]
 *   env JIXIAO_MANIFEST_SCHEMA_DIR=DIR also sets the schema folder.
 */
"use strict";

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const MAX_RESID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;

function parseArgs(argv) {
  const args = { manifest: "manifest.xml", schemaDir: process.env.JIXIAO_MANIFEST_SCHEMA_DIR, assets: path.join(ROOT, "assets") };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--schema-dir") args.schemaDir = argv[++i];
    else if (argv[i] === "--assets") args.assets = argv[++i];
    else args.manifest = argv[i];
  }
  args.schemaDir = path.resolve(args.schemaDir || path.join(ROOT, "schemas", "office-addin-manifest"));
  return args;
}

/** Schema errors from xmllint, or a message saying how to get xmllint. */
function checkSchema(manifest, schemaDir) {
  const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");
  if (!fs.existsSync(schema)) return [`schema not found: ${schema} (pass --schema-dir DIR or set JIXIAO_MANIFEST_SCHEMA_DIR)`];
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifest], { encoding: "utf8" });
  if (run.error && run.error.code === "ENOENT") return ["xmllint is not installed: apt-get install -y libxml2-utils (Debian/Ubuntu) or brew install libxml2 (macOS)"];
  if (run.status === 0) return [];
  const lines = (run.stderr || "").split("\n").filter((l) => l.trim() && !/fails to validate$/.test(l));
  return lines.map((l) => `XSD: ${l.replace(manifest + ":", "line ")}`);
}

/** Attribute values of every element `tag` (regex over the text: the XSD has already vouched for the structure). */
function attributes(xml, attr) {
  return [...xml.matchAll(new RegExp(`\\s${attr}="([^"]*)"`, "g"))].map((m) => m[1]);
}

function section(xml, tag) {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? m[1] : "";
}

function checkResids(xml) {
  const errors = [];
  const resources = section(xml, "Resources");
  const defined = new Set(attributes(resources, "id"));
  for (const resid of new Set(attributes(xml, "resid"))) {
    if (!defined.has(resid)) errors.push(`resid "${resid}" is used but not defined in <Resources>`);
  }
  for (const id of new Set([...defined, ...attributes(xml, "resid")])) {
    if (id.length > MAX_RESID) errors.push(`resid "${id}" is ${id.length} characters; Office allows at most ${MAX_RESID}`);
  }
  return errors;
}

/** Every URL in attribute values or element text, namespaces excepted. */
function urls(xml) {
  const withoutNs = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "").replace(/\sxsi:\w+="[^"]*"/g, "");
  return [...withoutNs.matchAll(/[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^"<\s]+/g)].map((m) => m[0]);
}

function checkUrls(xml, assetsDir) {
  const errors = [];
  for (const url of new Set(urls(xml))) {
    if (!url.startsWith("https://")) errors.push(`URL must use https: ${url}`);
    if (!/\.(png|jpe?g|gif|ico|svg)$/i.test(url)) continue;
    const urlPath = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
    if (!urlPath.startsWith("/assets/")) {
      errors.push(`icon URL should point to /assets/: ${url}`);
      continue;
    }
    const file = path.join(assetsDir, urlPath.slice("/assets/".length));
    if (!fs.existsSync(file)) errors.push(`icon file missing: ${url} → ${path.relative(process.cwd(), file)}`);
  }
  return errors;
}

function checkStrings(xml) {
  const errors = [];
  const lengths = (tag, max, kind) => {
    const block = section(xml, tag);
    for (const value of [...attributes(block, "DefaultValue"), ...attributes(block, "Value")]) {
      if ([...value].length > max) errors.push(`${kind} string longer than ${max} characters: "${value.slice(0, 40)}…"`);
    }
  };
  lengths("bt:ShortStrings", MAX_SHORT, "short");
  lengths("bt:LongStrings", MAX_LONG, "long");
  return errors;
}

function validate(args) {
  const manifest = path.resolve(args.manifest);
  if (!fs.existsSync(manifest)) return [`manifest not found: ${manifest}`];
  const xml = fs.readFileSync(manifest, "utf8");
  return [...checkSchema(manifest, args.schemaDir), ...checkResids(xml), ...checkUrls(xml, args.assets), ...checkStrings(xml)];
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const errors = validate(args);
  const name = path.relative(process.cwd(), path.resolve(args.manifest)) || args.manifest;
  if (errors.length === 0) {
    console.log(`${name}: valid (XSD, resids, https URLs, icons, string lengths)`);
    return;
  }
  console.error(`${name}: ${errors.length} problem(s)`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exitCode = 1;
}

if (require.main === module) main();
module.exports = { validate, parseArgs };
