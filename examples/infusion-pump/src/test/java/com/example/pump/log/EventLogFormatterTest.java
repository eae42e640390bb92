package com.example.pump.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.trace62304.junit5.Verifies;

class EventLogFormatterTest {
    @Test
    @Verifies("PUMP-30")
    void shouldEscapeLineBreaksInMessages() {
        assertEquals("2026-11-01T10:00:00Z E12 occlusion\\nupstream",
                new EventLogFormatter().format("2026-11-01T10:00:00Z", "E12", "occlusion\nupstream"));
    }
}
