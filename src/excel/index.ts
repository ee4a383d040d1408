/** The Excel adapter: HostPort over Office.js, plus the pieces the pane and the ribbon command share. */
export { ExcelHost, type ExcelCapabilities } from "./excel-host";
export { officeEnv, type ExcelEnv } from "./env";
export { MARK_FILL } from "../host/mark-colors";
