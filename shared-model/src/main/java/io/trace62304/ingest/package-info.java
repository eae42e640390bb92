/** Reading any report: format detection, dispatch to the format's parser, file globs and summaries. */
package io.trace62304.ingest;
