package nl.signaal.web.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.signaal.catalogue.materials.boundary.Materials;
import nl.signaal.catalogue.materials.boundary.StoredFile;
import nl.signaal.platform.caller.CurrentCaller;

/**
 * Serves an uploaded file ({@code ?id=}) as a download, or its PNG preview ({@code &preview=1})
 * inline. Under {@code /trainer/} so web.xml admits only trainers and platform admins; the
 * boundary checks again. The type is the detected one from the allow-list, never HTML; nosniff
 * and a sandboxing CSP keep a browser from reinterpreting the bytes. Learners reach it as
 * {@code /learn/material} for the material their lessons show; the catalogue decides what each
 * caller may see (a learner: published campaigns only).
 */
@WebServlet({"/trainer/catalogue/material", "/learn/material"})
public class MaterialFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Materials materials;

    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=300");
        if ("1".equals(request.getParameter("preview"))) {
            Optional<byte[]> png = materials.preview(currentCaller.require(), id);
            if (png.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("image/png");
            response.setHeader("Content-Disposition", "inline; filename=\"preview-" + id + ".png\"");
            response.setContentLength(png.get().length);
            response.getOutputStream().write(png.get());
            return;
        }
        Optional<StoredFile> file = materials.content(currentCaller.require(), id);
        if (file.isEmpty() || !Materials.ALLOWED_TYPES.contains(file.get().contentType())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile f = file.get();
        response.setContentType(f.contentType());
        String ascii = f.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(f.bytes().length);
        response.getOutputStream().write(f.bytes());
    }
}
