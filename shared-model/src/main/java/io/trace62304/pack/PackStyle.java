package io.trace62304.pack;

/**
 * The style sheet of every pack document: print-first (A4 pages with numbered footers for the PDF), no external
 * resources, fonts named by family only (the PDF embeds them).
 */
final class PackStyle {
    static final String CSS = Column.css() + """
            @page{size:A4 landscape;margin:14mm 12mm 16mm 12mm;@bottom-center{content:"Page " counter(page) " of " counter(pages);font-family:'Trace62304 Sans',sans-serif;font-size:8pt;color:#555}}
            body{font-family:'Trace62304 Sans',system-ui,sans-serif;font-size:10pt;line-height:1.3;color:#212121;margin:0 auto;max-width:1200px}
            h1{font-size:16pt;margin:0 0 4pt 0}h2{font-size:12.5pt;margin:14pt 0 4pt 0}h3{font-size:11pt;margin:10pt 0 3pt 0}
            header{border-bottom:1px solid #999;padding-bottom:4pt;margin-bottom:8pt}
            .identity{font-size:8.5pt;color:#444}.digest{font-family:'Trace62304 Sans',monospace;font-size:8pt;word-wrap:break-word}
            table{border-collapse:collapse;width:100%;font-size:8.5pt;margin:4pt 0 8pt 0;-fs-table-paginate:paginate}
            th,td{border:1px solid #bbb;padding:1pt 3pt;line-height:1.2;text-align:left;vertical-align:top;word-wrap:break-word}
            th{background:#eee}thead{display:table-header-group}tr{page-break-inside:avoid}
            .text,.multi{white-space:pre-wrap}.note{color:#8a6d00;font-style:italic}.gap{background:#ffebee;color:#b71c1c;font-weight:bold}
            .ok{color:#2e7d32}.bad{color:#c62828;font-weight:bold}.todo{background:#fffde7;border:1px dashed #c9b600;padding:3pt}
            ul{margin:2pt 0;padding-left:14pt}footer{margin-top:12pt;border-top:1px solid #999;font-size:8pt;color:#555}
            """;

    private PackStyle() {}
}
