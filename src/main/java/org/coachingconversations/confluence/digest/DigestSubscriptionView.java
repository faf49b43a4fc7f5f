package org.coachingconversations.confluence.digest;

/** What the digest subscription page shows: plain text and addresses only. Immutable. */
public final class DigestSubscriptionView {

    private final String title;
    private final String state;
    private final boolean receiving;
    private final String button;
    private final String message;
    private final String formAction;
    private final String xsrfToken;

    public DigestSubscriptionView(String title, String state, boolean receiving, String button, String message,
            String formAction, String xsrfToken) {
        this.title = title;
        this.state = state;
        this.receiving = receiving;
        this.button = button;
        this.message = message == null ? "" : message;
        this.formAction = formAction;
        this.xsrfToken = xsrfToken == null ? "" : xsrfToken;
    }

    public String getTitle() {
        return title;
    }

    public String getState() {
        return state;
    }

    public boolean isReceiving() {
        return receiving;
    }

    /** The value the form sends: the choice the button makes. */
    public String getChoice() {
        return receiving ? "off" : "on";
    }

    public String getButton() {
        return button;
    }

    public String getMessage() {
        return message;
    }

    public boolean isMessageShown() {
        return !message.isEmpty();
    }

    public String getFormAction() {
        return formAction;
    }

    public String getXsrfToken() {
        return xsrfToken;
    }
}
