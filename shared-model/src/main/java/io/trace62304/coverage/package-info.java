/** JaCoCo XML coverage (IEC 62304 5.5.5: unit verification; class C coverage thresholds). */
package io.trace62304.coverage;
