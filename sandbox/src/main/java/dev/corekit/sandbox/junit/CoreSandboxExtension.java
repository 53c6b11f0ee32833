package dev.corekit.sandbox.junit;

import dev.corekit.sandbox.CoreSandbox;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link CoreSandbox} per test class and injects it into constructors, lifecycle methods and tests that
 * declare a {@code CoreSandbox} parameter. Data stays for the whole class; the journal and queued faults are cleared
 * before each test.
 *
 * <pre>{@code
 * @ExtendWith(CoreSandboxExtension.class)
 * class MyIntegrationTest {
 *     @Test
 *     void lists(CoreSandbox sandbox) {
 *         CoreClient client = ... // identityServer(sandbox.identityUrl()), allowInsecureLoopback()
 *         client.authorization().complete(sandbox.approve(client.authorization().start().uri())); // logged in
 *         ...
 *     }
 * }
 *
 * // or, configured:
 * @RegisterExtension
 * static CoreSandboxExtension sandbox = CoreSandboxExtension.configure(
 *         b -> b.configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a")));
 * }</pre>
 */
public final class CoreSandboxExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CoreSandboxExtension.class);

    private final Consumer<CoreSandbox.Builder> configuration;
    private CoreSandbox registered;

    /** A sandbox with the demo configuration. */
    public CoreSandboxExtension() {
        this(builder -> {});
    }

    private CoreSandboxExtension(Consumer<CoreSandbox.Builder> configuration) {
        this.configuration = configuration;
    }

    /**
     * {@return a sandbox configured by {@code configuration}, for {@code @RegisterExtension}}
     *
     * @param configuration changes to the builder of each sandbox the extension starts
     */
    public static CoreSandboxExtension configure(Consumer<CoreSandbox.Builder> configuration) {
        return new CoreSandboxExtension(Objects.requireNonNull(configuration, "configuration"));
    }

    /** {@return the sandbox of the running test class (after it started)} */
    public CoreSandbox sandbox() {
        if (registered == null) {
            throw new IllegalStateException("the sandbox starts before the first test of the class");
        }
        return registered;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        CoreSandbox sandbox = context.getStore(NAMESPACE).remove(CoreSandbox.class, CoreSandbox.class);
        if (sandbox != null) {
            sandbox.close();
        }
        registered = null;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CoreSandbox sandbox = sandbox(context);
        sandbox.journal().clear();
        sandbox.faults().clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CoreSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox(context);
    }

    /** The class-level sandbox, started on first use (a constructor parameter may ask before beforeAll). */
    private CoreSandbox sandbox(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()
                && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        CoreSandbox sandbox = store.get(CoreSandbox.class, CoreSandbox.class);
        if (sandbox == null) {
            CoreSandbox.Builder builder = CoreSandbox.builder();
            configuration.accept(builder);
            sandbox = builder.start();
            store.put(CoreSandbox.class, sandbox);
        }
        registered = sandbox;
        return sandbox;
    }
}
