package io.trace62304.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's one style sheet and one script (no external resources, no inline handlers or style attributes),
 * and the Content-Security-Policy that admits exactly these two by their SHA-256 ({@link #POLICY}): served from
 * Jenkins or any server with a strict policy, nothing else on the page can run or style it.
 */
final class HtmlStyle {
    static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:1.5rem;color:#212121;max-width:1400px}
            h1{font-size:1.5rem}.digest{font-family:monospace;font-size:.85rem;color:#555}
            .verdict{padding:.1rem .6rem;border-radius:.3rem;color:#fff}.pass{background:#2e7d32}
            .fail{background:#c62828}.error{background:#6a1b9a}.below-minimum{color:#b71c1c;font-weight:bold}
            .glance{display:flex;flex-wrap:wrap;gap:2rem}figure{margin:0}figcaption{font-size:.85rem;color:#555}
            details{margin:1rem 0}summary{font-weight:600;font-size:1.1rem;cursor:pointer}
            details.group{margin:.5rem 0 .5rem 1rem}details.group>summary{font-size:1rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
            th{background:#f5f5f5;position:sticky;top:0}table.data th{cursor:pointer}
            th.asc::after{content:" \\25B2"}th.desc::after{content:" \\25BC"}
            .level-error td{background:#f3e5f5}.level-fail td{background:#ffebee}.level-warning td{background:#fffde7}
            .v-VERIFIED{color:#2e7d32}.v-VERIFIED_OTHERWISE{color:#1565c0}.v-FAILED{color:#c62828;font-weight:600}
            .v-NOT_RUN{color:#f57f17}.v-FLAKY{color:#ef6c00;font-weight:600}.v-UNTRACED{color:#757575}
            .gap{color:#b71c1c;font-weight:600}tr.gap td:first-child{border-left:4px solid #c62828}
            .why{color:#555;font-size:.85rem}.jira{text-decoration:none}
            .tools{display:flex;gap:.8rem;align-items:center;margin:.5rem 0}.filter{width:24rem;padding:.3rem}
            ul{margin:.2rem 0;padding-left:1.2rem}.multi{white-space:pre-line}
            .e-NOT_EVALUATED .evaluation{color:#c62828;font-weight:600}
            @media print{details{display:block}.tools{display:none}}
            """;

    /**
     * Filter, sort and paging for every {@code table.data}: a search box and page buttons are added before the
     * table (so without script there is neither, and every row is in the page), clicking a column head sorts by it
     * (numbers and issue keys in numeric order), and only one page of rows is in the document at a time, so a
     * keystroke touches a hundred rows whatever the table's length. The page length comes from the JSON data
     * block {@code report-config}.
     */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var config = JSON.parse(document.getElementById('report-config').textContent);
              var collator = new Intl.Collator(undefined, {numeric: true, sensitivity: 'base'});
              function button(label) {
                var b = document.createElement('button');
                b.type = 'button';
                b.textContent = label;
                return b;
              }
              function wire(table) {
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                var order = rows.map(function (r, i) { return i; });
                var shown = order;
                var texts = null;
                var page = 0;
                var tools = document.createElement('div');
                tools.className = 'tools';
                var input = document.createElement('input');
                input.type = 'search';
                input.className = 'filter';
                input.placeholder = 'Filter ' + rows.length + ' rows';
                input.setAttribute('aria-label', 'Filter rows');
                var prev = button('\\u2039 previous');
                var next = button('next \\u203A');
                var info = document.createElement('span');
                tools.append(input, prev, next, info);
                table.parentNode.insertBefore(tools, table);
                function render() {
                  var pages = Math.max(1, Math.ceil(shown.length / config.page));
                  page = Math.min(page, pages - 1);
                  var start = page * config.page;
                  var end = Math.min(shown.length, start + config.page);
                  var fragment = document.createDocumentFragment();
                  for (var i = start; i < end; i++) {
                    fragment.appendChild(rows[shown[i]]);
                  }
                  body.replaceChildren(fragment);
                  info.textContent = shown.length === 0 ? 'no matching row'
                    : 'rows ' + (start + 1) + '\\u2013' + end + ' of ' + shown.length
                      + (shown.length === rows.length ? '' : ' (of ' + rows.length + ')');
                  prev.disabled = page === 0;
                  next.disabled = page >= pages - 1;
                  prev.hidden = next.hidden = pages === 1;
                }
                function filter() {
                  var wanted = input.value.trim().toLowerCase();
                  if (wanted === '') {
                    shown = order;
                  } else {
                    if (texts === null) {
                      texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
                    }
                    shown = order.filter(function (i) { return texts[i].indexOf(wanted) >= 0; });
                  }
                  page = 0;
                  render();
                }
                input.addEventListener('input', filter);
                prev.addEventListener('click', function () { page--; render(); });
                next.addEventListener('click', function () { page++; render(); });
                var heads = table.tHead ? table.tHead.rows[0].cells : [];
                Array.prototype.forEach.call(heads, function (th, column) {
                  th.addEventListener('click', function () {
                    var descending = th.classList.contains('asc');
                    Array.prototype.forEach.call(heads, function (h) { h.classList.remove('asc', 'desc'); });
                    th.classList.add(descending ? 'desc' : 'asc');
                    var keys = rows.map(function (r) {
                      var cell = r.cells[column];
                      return cell ? cell.textContent : '';
                    });
                    order = order.slice().sort(function (a, b) {
                      var c = collator.compare(keys[a], keys[b]) || a - b;
                      return descending ? -c : c;
                    });
                    filter();
                  });
                });
                render();
              }
              document.querySelectorAll('table.data').forEach(wire);
            })();
            """;

    /** The Content-Security-Policy of the report: nothing but this style sheet, this script and inline images. */
    static final String POLICY = "default-src 'none'; img-src data:; style-src '" + sha256(CSS) + "'; script-src '"
            + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    private HtmlStyle() {}

    /** {@code sha256-BASE64} of the UTF-8 text, as a CSP hash source names an inline script or style. */
    static String sha256(final String text) {
        try {
            return "sha256-"
                    + Base64.getEncoder()
                            .encodeToString(
                                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
