package io.trace62304.render;

/** The report's inline style sheet and its one small filter script (no external resources). */
final class HtmlStyle {
    static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:1.5rem;color:#212121;max-width:1400px}
            h1{font-size:1.5rem}.digest{font-family:monospace;font-size:.85rem;color:#555}
            .verdict{padding:.1rem .6rem;border-radius:.3rem;color:#fff}.pass{background:#2e7d32}
            .fail{background:#c62828}.error{background:#6a1b9a}.below-minimum{color:#b71c1c;font-weight:bold}
            .glance{display:flex;flex-wrap:wrap;gap:2rem}figure{margin:0}figcaption{font-size:.85rem;color:#555}
            details{margin:1rem 0}summary{font-weight:600;font-size:1.1rem;cursor:pointer}
            td details summary{font-weight:400;font-size:.9rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
            th{background:#f5f5f5;position:sticky;top:0}
            .level-error td{background:#f3e5f5}.level-fail td{background:#ffebee}.level-warning td{background:#fffde7}
            .v-VERIFIED{color:#2e7d32}.v-VERIFIED_OTHERWISE{color:#1565c0}.v-FAILED{color:#c62828;font-weight:600}.v-NOT_RUN{color:#f57f17}.v-FLAKY{color:#ef6c00;font-weight:600}
            .v-UNTRACED{color:#757575}.filter{margin:.5rem 0;width:24rem;padding:.3rem}
            ul{margin:.2rem 0;padding-left:1.2rem}.multi{white-space:pre-line}
            .e-NOT_EVALUATED .evaluation{color:#c62828;font-weight:600}
            @media print{details{display:block}.filter{display:none}}
            """;

    static final String FILTER_SCRIPT = """
            document.querySelectorAll('input.filter').forEach(function (input) {
              input.hidden = false;
              var rows = document.getElementById(input.dataset.table).tBodies[0].rows;
              input.addEventListener('input', function () {
                var wanted = input.value.toLowerCase();
                for (var i = 1; i < rows.length; i++) {
                  rows[i].hidden = wanted !== '' && rows[i].textContent.toLowerCase().indexOf(wanted) < 0;
                }
              });
            });
            """;

    private HtmlStyle() {}
}
