package com.example.pump.log;

import org.apache.commons.text.StringEscapeUtils;

/** Software item PUMP-2 (Class A): formats pump events for the service log viewer. */
public final class EventLogFormatter {
    /** One log line: ISO time, event code and the escaped message. */
    public String format(final String isoTime, final String code, final String message) {
        return isoTime + " " + code + " " + StringEscapeUtils.escapeJava(message);
    }
}
