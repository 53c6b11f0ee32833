package dev.corekit.runtime.error;

/** A setting of {@code CoreClient} (or of a component it uses) is missing or invalid; the message names it. */
public class CoreConfigurationException extends CoreException {
    private static final long serialVersionUID = 1L;

    /** The setting. */
    private final String setting;

    /**
     * Creates the exception.
     *
     * @param setting the name of the setting
     * @param problem what is wrong with it
     */
    public CoreConfigurationException(String setting, String problem) {
        super(setting + ": " + problem);
        this.setting = setting;
    }

    /** {@return the name of the setting, e.g. {@code redirectUri}} */
    public String setting() {
        return setting;
    }
}
