package nl.signaal.catalogue.materials.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded file and its PNG preview, read only when someone downloads or previews it. */
@Entity
@Table(schema = "catalogue", name = "material_content")
public class MaterialContent {

    @Id
    @Column(name = "material_id")
    private Long materialId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "preview_png")
    private byte[] previewPng;

    protected MaterialContent() {
    }

    public MaterialContent(long materialId, byte[] bytes, byte[] previewPng) {
        this.materialId = materialId;
        this.bytes = bytes;
        this.previewPng = previewPng;
    }

    public byte[] getBytes() { return bytes; }
    public byte[] getPreviewPng() { return previewPng; }
}
