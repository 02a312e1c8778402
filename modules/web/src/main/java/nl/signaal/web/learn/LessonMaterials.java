package nl.signaal.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.signaal.catalogue.materials.boundary.MaterialKind;
import nl.signaal.catalogue.materials.boundary.MaterialSummary;
import nl.signaal.catalogue.materials.boundary.Materials;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;

/**
 * The catalogue material a lesson's material block refers to, as the signed-in reader may see it
 * (a learner: published campaigns only): its preview image and where to open it. A material
 * that was removed or is not visible shows as "not available" with the title and licence the
 * course stored — the lesson never breaks.
 */
@Named
@RequestScoped
public class LessonMaterials {

    @Inject
    Materials materials;

    @Inject
    CurrentCaller caller;

    private final Map<Long, Optional<MaterialSummary>> seen = new HashMap<>();

    public MaterialSummary of(ContentBlock.Material block) {
        return byId(block.materialId());
    }

    /** A material by id (a scenario situation's picture or video); null when there is none or it is not visible. */
    public MaterialSummary byId(Long materialId) {
        if (materialId == null) {
            return null;
        }
        return seen.computeIfAbsent(materialId, id -> caller.current().flatMap(c -> materials.find(c, id))).orElse(null);
    }

    /** The address of the file or its preview, under the path the reader's role may open. */
    public String fileUrl(MaterialSummary material, boolean preview) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean learner = faces.getExternalContext().isUserInRole(Role.LEARNER);
        String base = faces.getExternalContext().getRequestContextPath() + (learner ? "/learn/material" : "/trainer/catalogue/material");
        return base + "?id=" + material.id() + (preview ? "&preview=1" : "");
    }

    public boolean isLink(MaterialSummary material) {
        return material.kind() == MaterialKind.LINK;
    }
}
