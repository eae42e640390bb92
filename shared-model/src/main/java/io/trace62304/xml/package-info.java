/** The single hardened, streaming XML entry point used by every report parser. */
package io.trace62304.xml;
