/**
 * The main job: read a build's evidence and items, assemble and seal the configuration baseline, decide the
 * release gate, compare with the previous baseline, and write the outputs. The CLI, the Jenkins step and tests
 * all enter here.
 */
package io.trace62304.release;
