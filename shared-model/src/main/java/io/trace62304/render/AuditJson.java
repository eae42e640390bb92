package io.trace62304.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.audit.AuditTrail;
import io.trace62304.audit.ProblemTrends;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.Timestamps;
import java.time.Clock;
import java.util.Map;

/**
 * {@code audit.json} ({@code trace62304-audit/1}): the trail for machines, keys in a fixed order, UTF-8 as is, then
 * the trend analysis of its problem reports ({@code problemTrends}, IEC 62304 9.6, {@link TrendsJson}).
 */
public final class AuditJson {
    static final String FORMAT = "trace62304-audit/1";

    private final Clock clock;

    /** Trends as of now. */
    public AuditJson() {
        this(Clock.systemUTC());
    }

    /** Trends with ages measured to the clock's instant. */
    public AuditJson(final Clock clock) {
        this.clock = clock;
    }

    public String render(final AuditTrail trail) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode().put("format", FORMAT).put("scope", trail.scope());
        ArrayNode items = root.putArray("items");
        for (AuditTrail.Audited audited : trail.items()) {
            ObjectNode item = items.addObject()
                    .put("key", audited.item().key())
                    .put("type", audited.item().type().displayName())
                    .put("summary", audited.item().summary())
                    .put("status", audited.item().status())
                    .put("done", audited.item().done())
                    .put("updated", audited.item().updated());
            ObjectNode fields = item.putObject("fields");
            for (Map.Entry<ItemField, String> field : audited.item().fields().entrySet()) {
                fields.put(field.getKey().fieldName(), field.getValue());
            }
            ArrayNode links = item.putArray("links");
            for (ItemLink link : audited.item().links()) {
                links.addObject()
                        .put("type", link.type())
                        .put("direction", link.direction().name().toLowerCase(java.util.Locale.ROOT))
                        .put("key", link.key());
            }
            ArrayNode remote = item.putArray("remoteLinks");
            audited.remoteLinks()
                    .forEach(l -> remote.addObject()
                            .put("title", l.title())
                            .put("url", l.url())
                            .put("relationship", l.relationship())
                            .put("summary", l.summary()));
            ArrayNode history = item.putArray("history");
            audited.history()
                    .forEach(c -> history.addObject()
                            .put("when", Timestamps.utc(c.when()))
                            .put("who", c.who())
                            .put("field", c.field())
                            .put("from", c.from())
                            .put("to", c.to()));
        }
        TrendsJson.put(root, ProblemTrends.of(trail, clock));
        return root.toPrettyString() + "\n";
    }
}
