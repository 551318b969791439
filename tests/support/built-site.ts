/** A build to check: the project it came from, its output folder and the base it was built for. */
export interface BuiltSite {
  projectRoot: string;
  dist: string;
  base: string;
}
