/** JUnit XML test results (IEC 62304 5.5–5.7 verification evidence). */
package io.trace62304.junit;
