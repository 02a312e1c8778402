package nl.signaal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Backing bean of /admin/system.xhtml: which build is running, on which runtime. */
@Named
@RequestScoped
public class SystemInfoView {

    private final Properties build = new Properties();

    public SystemInfoView() {
        try (InputStream in = SystemInfoView.class.getResourceAsStream("/nl/signaal/web/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getVersion() {
        return build.getProperty("version", "?");
    }

    public String getBuilt() {
        return build.getProperty("built", "?");
    }

    public String getJava() {
        return System.getProperty("java.vendor") + " " + System.getProperty("java.version");
    }

    public String getServer() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getContext() instanceof jakarta.servlet.ServletContext sc
                ? sc.getServerInfo() : "?";
    }
}
