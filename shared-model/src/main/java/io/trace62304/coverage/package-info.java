/** JaCoCo XML coverage (unit verification evidence; the thresholds are QMS acceptance criteria, 5.5.3). */
package io.trace62304.coverage;
