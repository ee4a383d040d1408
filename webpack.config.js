/* eslint-disable no-undef */
// The Office template's webpack config, plus a third page: the browser playground
// (the task pane beside an editable grid) used for demos and browser tests.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";

/**
 * Where the add-in is deployed: `JIXIAO_URL_PROD=https://…/ npm run build`, or `url_prod` in package.json's config
 * (`npm config set jixiao-lint:url_prod …`). The template's contoso placeholder is refused; without a setting the
 * production manifest keeps the localhost URLs (fine for tests, not for deployment) and the build says so.
 */
function productionUrl() {
  const url = process.env.JIXIAO_URL_PROD || process.env.npm_package_config_url_prod || "";
  if (!url) return undefined;
  if (/contoso\.com/i.test(url))
    throw new Error(
      `[jixiao-lint] urlProd is the template's placeholder (${url}): set JIXIAO_URL_PROD to the real address`,
    );
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url))
    throw new Error(`[jixiao-lint] JIXIAO_URL_PROD must be an https URL ending in "/": ${url}`);
  return url;
}

/** Dev certificates only for `webpack serve`; builds never touch them (safe offline and in CI). */
async function getHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (error) {
    console.warn(
      `[jixiao-lint] 无法取得本机 HTTPS 证书，改用 HTTP / no dev certificate, serving HTTP: ${error.message}`,
    );
    return undefined;
  }
}

module.exports = async (env, options) => {
  const urlProd = productionUrl();
  if (options.mode === "production" && !urlProd)
    console.warn("[jixiao-lint] JIXIAO_URL_PROD is not set: dist/manifest.xml points at https://localhost:3000/");
  const dev = options.mode === "development";
  const serving = !env.WEBPACK_BUILD;
  // JIXIAO_HTTP=1 serves http; empty or 0 (or unset) https, as scripts/start.js decides.
  const http = Boolean(process.env.JIXIAO_HTTP) && process.env.JIXIAO_HTTP !== "0";
  const https = serving && !http ? await getHttpsOptions() : undefined;
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      playground: "./src/playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
      chunkFilename: "[name].[contenthash:8].js",
    },
    resolve: {
      extensions: [".ts", ".tsx", ".html", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
      }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [] }),
      // `/` opens the playground while developing; a production build has no index page, so a deployment
      // never serves the demo as its front page.
      ...(dev
        ? [
            new HtmlWebpackPlugin({
              filename: "index.html",
              template: "./src/playground/playground.html",
              chunks: ["playground"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "seeds/*.xlsx", to: "seeds/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev || !urlProd) return content;
              return content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      client: { overlay: false },
    },
  };
};
