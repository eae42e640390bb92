/** The single hardened JSON entry point used by report parsers. */
package io.trace62304.json;
