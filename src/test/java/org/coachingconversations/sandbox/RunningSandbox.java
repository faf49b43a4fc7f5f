package org.coachingconversations.sandbox;

import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

/**
 * The demo-school sandbox of one test class ({@code @ClassRule}): started on a free port with a temporary data
 * directory and the tests' fixed clock, closed and removed afterwards.
 */
public final class RunningSandbox extends ExternalResource {

    private final TemporaryFolder data = new TemporaryFolder();
    private Sandbox sandbox;
    private SandboxClient client;

    @Override
    protected void before() throws Throwable {
        data.create();
        sandbox = Sandbox.start(new SandboxOptions(0, data.newFolder("data").toPath(), false), SandboxTest.CLOCK);
        client = new SandboxClient(sandbox);
    }

    @Override
    protected void after() {
        try {
            if (sandbox != null) {
                sandbox.close();
            }
        } finally {
            data.delete();
        }
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public SandboxClient client() {
        return client;
    }
}
