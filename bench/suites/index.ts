// Every benchmark suite, in report order.
import type { Suite } from "../lib/suite.js";
import { bigResultsSuite } from "./big-results.js";
import { expandApiSuite } from "./expand-api.js";
import { layoutSuite } from "./layout.js";
import { neo4jLoadSuite } from "./neo4j-load.js";
import { positionsSuite } from "./positions.js";
import { renderSuite } from "./render.js";
import { searchPathSuite } from "./search-path.js";
import { startupSuite } from "./startup.js";

export const SUITES: Suite[] = [
  neo4jLoadSuite,
  expandApiSuite,
  searchPathSuite,
  renderSuite,
  layoutSuite,
  positionsSuite,
  bigResultsSuite,
  startupSuite,
];
