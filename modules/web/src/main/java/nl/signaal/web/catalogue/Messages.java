package nl.signaal.web.catalogue;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.signaal.catalogue.shared.Message;

/** Puts catalogue messages on the page; the view decides where they show (h:message for= / p:messages). */
final class Messages {

    private Messages() {
    }

    static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Labels.text(key, args), null));
    }

    /** An info message for one component, so only the {@code h:message for=} next to it shows it. */
    static void infoAt(String clientId, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, Labels.text(key, args), null));
    }

    static void error(String clientId, Message message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Labels.format(message), null));
    }

    static void error(String key, Object... args) {
        error(null, Message.of(key, args));
    }
}
