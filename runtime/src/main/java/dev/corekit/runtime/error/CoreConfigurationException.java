package dev.corekit.runtime.error;

/** A setting of {@code CoreClient} (or of a component it uses) is missing or invalid; the message names it. */
public class CoreConfigurationException extends CoreException {
    private static final long serialVersionUID = 1L;

    private final String setting;

    public CoreConfigurationException(String setting, String problem) {
        super(setting + ": " + problem);
        this.setting = setting;
    }

    /** The name of the setting, e.g. {@code redirectUri}. */
    public String setting() {
        return setting;
    }
}
