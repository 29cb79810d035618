package dev.oxprops.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CliTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "create", "create invitation", "create request", "create accept", "create deny",
        "inspect"})
    void everyCommandHasHelp(String command) {
        String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
        Cli r = Cli.run(args);
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.startsWith("Usage: oxprops"), r::toString);
        assertTrue(r.out.contains("--help"), r::toString);
        assertTrue(r.out.contains("--version"), r::toString);
    }

    @Test
    void version() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.code);
        assertTrue(r.out.startsWith("oxprops "), r::toString);
        assertTrue(r.out.contains("MS-OXSHARE"), r::toString);
    }

    @Test
    void noCommandPrintsUsage() {
        Cli r = Cli.run();
        assertEquals(0, r.code);
        assertTrue(r.out.contains("demo") && r.out.contains("create") && r.out.contains("inspect"), r::toString);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli r = Cli.run("inspect", "--no-such-option", "x.msg");
        assertEquals(2, r.code, r::toString);
        assertTrue(r.err.contains("--no-such-option"), r::toString);
    }

    @Test
    void createWithoutKindIsAUsageError() {
        Cli r = Cli.run("create");
        assertNotEquals(0, r.code, r::toString);
        assertTrue(r.err.contains("invitation, request, accept or deny"), r::toString);
    }

    @Test
    void inspectHelpDocumentsTheExitCodes() {
        Cli r = Cli.run("inspect", "--help");
        assertTrue(r.out.contains("Exit codes:"), r::toString);
        assertTrue(r.out.contains("--strict") && r.out.contains("(wins over 1)"), r::toString);
    }
}
