package nl.signaal.web.authoring;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.boundary.CampaignSummary;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.catalogue.materials.boundary.MaterialSummary;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.ContentBlock.BlockKind;
import nl.signaal.learning.course.boundary.CourseAuthoring;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.DraftVersion;
import nl.signaal.learning.course.boundary.Lesson;
import nl.signaal.learning.course.boundary.PublicationRefusedException;
import nl.signaal.learning.course.boundary.PublishedCourse;
import nl.signaal.learning.course.boundary.RetakePolicy;
import nl.signaal.learning.course.boundary.RouteAudience;
import nl.signaal.learning.course.boundary.UnknownCourseException;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.learning.shared.Problem;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import nl.signaal.web.i18n.LanguagePreference;
import nl.signaal.web.learn.LearnTexts;
import nl.signaal.web.learn.RegionRoute;
import nl.signaal.web.learn.RegionRoutes;

/**
 * Backing bean of /trainer/courses/edit.xhtml?id=…: the trainer's working copy of a course's
 * draft. Details, lessons (drag and drop, or the up/down buttons from the keyboard) and the
 * selected lesson's blocks are edited here and written as a whole with "save"; "publish"
 * saves and asks the learning context to freeze the draft, showing every problem it names.
 * The quiz is carried over unchanged. "Preview" shows the lessons as a learner of the
 * trainer's organisation sees them, routes included, without recording anything.
 */
@Named
@ViewScoped
public class CourseEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MATERIAL_RESULTS = 12;

    @Inject
    transient CourseAuthoring authoring;

    @Inject
    transient Campaigns campaigns;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient RegionRoutes regionRoutes;

    @Inject
    LanguagePreference language;

    private Long id;
    private String code;
    private boolean found;
    private boolean hasDraft;
    private int versionNumber;

    private String titleNl;
    private String titleEn;
    private String summaryNl;
    private String summaryEn;
    private Sector sector;
    private List<String> forms = new ArrayList<>();
    private List<String> languages = List.of("nl");
    private int estimatedMinutes;
    private String goals;
    private int passMark;
    private int maxAttempts;
    private boolean retakeAfterPass;
    private final ArrayList<EditableLesson> lessons = new ArrayList<>();
    private List<QuizItem> quiz = List.of();
    private List<Problem> problems = List.of();
    private int selected = -1;
    private boolean preview;

    private String materialQuery;
    private transient List<MaterialChoice> materialResults;

    private final Map<ContentBlock.ReportingRoute, RegionRoute> routes = new HashMap<>();

    /** A material found in the catalogue, with the campaign it belongs to. */
    public record MaterialChoice(long id, String title, String licence, String campaign) implements Serializable {
    }

    /** The f:viewAction. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            Optional<DraftVersion> draft = authoring.draft(id);
            found = true;
            hasDraft = draft.isPresent();
            draft.ifPresent(this::take);
            if (!hasDraft) {
                code = authoring.overview().stream().filter(c -> c.courseId() == id).findFirst()
                        .map(c -> c.code()).orElse("");
            }
        } catch (UnknownCourseException e) {
            found = false;
            message(FacesMessage.SEVERITY_ERROR, text("author.edit.notFound"));
        }
    }

    public void openDraft() {
        take(authoring.openDraft(id));
        hasDraft = true;
    }

    private void take(DraftVersion draft) {
        code = draft.code();
        versionNumber = draft.versionNumber();
        CourseContent c = draft.content();
        titleNl = c.title().nl();
        titleEn = c.title().en();
        summaryNl = c.summary().nl();
        summaryEn = c.summary().en();
        sector = c.sector();
        forms = new ArrayList<>(c.forms().stream().map(Enum::name).sorted().toList());
        languages = c.languages();
        estimatedMinutes = c.estimatedMinutes();
        goals = String.join("\n", c.learningGoals().stream().map(LocalizedText::nl).toList());
        passMark = c.passMark();
        maxAttempts = c.retakePolicy().maxAttempts();
        retakeAfterPass = c.retakePolicy().retakeAfterPass();
        lessons.clear();
        c.lessons().forEach(l -> lessons.add(EditableLesson.of(l)));
        quiz = c.quiz();
        problems = draft.problems();
        if (selected < 0 || selected >= lessons.size()) {
            selected = lessons.isEmpty() ? -1 : 0;
        }
        routes.clear();
    }

    /** The working copy as course content; throws {@link InvalidDraftException} for what cannot be saved at all. */
    CourseContent content() {
        if (titleNl == null || titleNl.isBlank()) {
            throw new InvalidDraftException("author.edit.titleRequired");
        }
        List<Lesson> built = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            built.add(lessons.get(i).toLesson(i + 1));
        }
        EnumSet<FormOfExploitation> chosen = EnumSet.noneOf(FormOfExploitation.class);
        forms.forEach(f -> chosen.add(FormOfExploitation.valueOf(f)));
        List<LocalizedText> goalTexts = goals == null ? List.of()
                : Arrays.stream(goals.split("\\R")).filter(g -> !g.isBlank()).map(g -> LocalizedText.of(g.strip(), "")).toList();
        LocalizedText summary = summaryNl == null || summaryNl.isBlank() ? null : LocalizedText.of(summaryNl, summaryEn);
        return new CourseContent(LocalizedText.of(titleNl, titleEn), summary, sector, chosen, languages, estimatedMinutes,
                goalTexts, passMark, new RetakePolicy(Math.max(0, maxAttempts), retakeAfterPass), built, quiz);
    }

    public void save() {
        try {
            refreshQuiz();
            take(authoring.saveDraft(id, content()));
            message(FacesMessage.SEVERITY_INFO, text("author.edit.saved"));
        } catch (InvalidDraftException e) {
            message(FacesMessage.SEVERITY_ERROR, text("author.edit.invalid", text(e.key(), e.args())));
        }
    }

    public void publish() {
        try {
            refreshQuiz();
            take(authoring.saveDraft(id, content()));
            PublishedCourse published = authoring.publish(id);
            hasDraft = false;
            problems = List.of();
            message(FacesMessage.SEVERITY_INFO, text("author.edit.published", published.versionNumber()));
        } catch (InvalidDraftException e) {
            message(FacesMessage.SEVERITY_ERROR, text("author.edit.invalid", text(e.key(), e.args())));
        } catch (PublicationRefusedException e) {
            problems = e.problems();
            message(FacesMessage.SEVERITY_ERROR, text("author.edit.refused"));
        }
    }

    /** The quiz belongs to the scenario editor: take the draft's current one, so saving here never undoes its work. */
    private void refreshQuiz() {
        authoring.draft(id).ifPresent(d -> quiz = d.content().quiz());
    }

    // lessons

    public void addLesson() {
        EditableLesson lesson = new EditableLesson("les-" + UUID.randomUUID().toString().substring(0, 8),
                text("author.edit.lesson.newTitle"), "");
        EditableBlock route = new EditableBlock(BlockKind.REPORTING_ROUTE);
        if (!forms.isEmpty()) {
            route.setForm(FormOfExploitation.valueOf(forms.get(0)));
        }
        lesson.getBlocks().add(route);
        lessons.add(lesson);
        selected = lessons.size() - 1;
    }

    public void removeLesson(int index) {
        lessons.remove(index);
        selected = lessons.isEmpty() ? -1 : Math.min(selected, lessons.size() - 1);
    }

    public void moveLesson(int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= lessons.size()) {
            return;
        }
        lessons.add(target, lessons.remove(index));
        if (selected == index) {
            selected = target;
        }
    }

    /** After a row was dragged: PrimeFaces has already reordered the list; only the selection follows. */
    public void lessonsReordered(org.primefaces.event.ReorderEvent event) {
        if (selected == event.getFromIndex()) {
            selected = event.getToIndex();
        }
    }

    public void select(int index) {
        selected = index;
        materialResults = null;
    }

    public EditableLesson getSelectedLesson() {
        return selected >= 0 && selected < lessons.size() ? lessons.get(selected) : null;
    }

    // blocks of the selected lesson

    public void addBlock(String kind) {
        EditableLesson lesson = getSelectedLesson();
        if (lesson == null) {
            return;
        }
        List<EditableBlock> blocks = lesson.getBlocks();
        int beforeRoute = blocks.isEmpty() || blocks.get(blocks.size() - 1).getKind() != BlockKind.REPORTING_ROUTE
                ? blocks.size() : blocks.size() - 1;
        blocks.add(beforeRoute, new EditableBlock(BlockKind.valueOf(kind)));
    }

    public void removeBlock(int index) {
        EditableLesson lesson = getSelectedLesson();
        if (lesson != null && index >= 0 && index < lesson.getBlocks().size()) {
            lesson.getBlocks().remove(index);
        }
    }

    public void moveBlock(int index, int delta) {
        EditableLesson lesson = getSelectedLesson();
        if (lesson == null) {
            return;
        }
        List<EditableBlock> blocks = lesson.getBlocks();
        int target = index + delta;
        if (target >= 0 && target < blocks.size()) {
            blocks.add(target, blocks.remove(index));
        }
    }

    public List<String> getAddableKinds() {
        return List.of(BlockKind.RICH_TEXT.name(), BlockKind.SIGNALS.name(), BlockKind.VIDEO_LINK.name(),
                BlockKind.REPORTING_ROUTE.name());
    }

    // material from the catalogue

    public void searchMaterials() {
        List<MaterialChoice> found = new ArrayList<>();
        var page = campaigns.search(caller.require(), new CampaignFilter().q(materialQuery), 0, 6);
        for (CampaignSummary summary : page.items()) {
            campaigns.find(caller.require(), summary.id()).ifPresent(details -> {
                for (MaterialSummary m : details.materials()) {
                    found.add(new MaterialChoice(m.id(), m.title(), m.licence(), summary.title()));
                }
            });
            if (found.size() >= MATERIAL_RESULTS) {
                break;
            }
        }
        materialResults = found.size() > MATERIAL_RESULTS ? found.subList(0, MATERIAL_RESULTS) : found;
    }

    public void addMaterial(MaterialChoice material) {
        EditableLesson lesson = getSelectedLesson();
        if (lesson == null) {
            return;
        }
        List<EditableBlock> blocks = lesson.getBlocks();
        int beforeRoute = blocks.isEmpty() || blocks.get(blocks.size() - 1).getKind() != BlockKind.REPORTING_ROUTE
                ? blocks.size() : blocks.size() - 1;
        blocks.add(beforeRoute, EditableBlock.material(material.id(), material.title(), material.licence()));
    }

    // preview

    public void showPreview() {
        try {
            content();
            preview = true;
        } catch (InvalidDraftException e) {
            message(FacesMessage.SEVERITY_ERROR, text("author.edit.invalid", text(e.key(), e.args())));
        }
    }

    public void hidePreview() {
        preview = false;
    }

    /** The lessons as a learner would get them; only valid while previewing. */
    public List<Lesson> getPreviewLessons() {
        return preview ? content().lessons() : List.of();
    }

    /** Used by the shared blocks include: the route for the trainer's own organisation's region. */
    public RegionRoute route(ContentBlock.ReportingRoute block) {
        return routes.computeIfAbsent(block, b -> regionRoutes.resolve(b, sector));
    }

    // texts

    public String problemText(Problem problem) {
        return ProblemTexts.of(language.getLocale(), problem);
    }

    private String text(String key, Object... args) {
        return LearnTexts.text(language.getLocale(), key, args);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getVersionLabel() {
        return text("author.edit.version", versionNumber);
    }

    public String getQuizKeptLabel() {
        return text("author.edit.quizKept", quiz.size());
    }

    public String getSelectedLessonHeading() {
        EditableLesson lesson = getSelectedLesson();
        return lesson == null ? "" : text("author.edit.lesson.selected", selected + 1, lesson.getTitleNl());
    }

    public Sector[] getSectors() { return Sector.values(); }
    public FormOfExploitation[] getAllForms() { return FormOfExploitation.values(); }
    public RouteAudience[] getAudiences() { return RouteAudience.values(); }
    public Locale getLocale() { return language.getLocale(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public boolean isFound() { return found; }
    public boolean isHasDraft() { return hasDraft; }
    public int getVersionNumber() { return versionNumber; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String titleNl) { this.titleNl = titleNl; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getSummaryNl() { return summaryNl; }
    public void setSummaryNl(String summaryNl) { this.summaryNl = summaryNl; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public List<String> getForms() { return forms; }
    public void setForms(List<String> forms) { this.forms = forms == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(forms)); }
    public int getEstimatedMinutes() { return estimatedMinutes; }
    public void setEstimatedMinutes(int estimatedMinutes) { this.estimatedMinutes = estimatedMinutes; }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals; }
    public int getPassMark() { return passMark; }
    public void setPassMark(int passMark) { this.passMark = passMark; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public boolean isRetakeAfterPass() { return retakeAfterPass; }
    public void setRetakeAfterPass(boolean retakeAfterPass) { this.retakeAfterPass = retakeAfterPass; }
    /** Mutable on purpose: the lessons table reorders it when a row is dragged. */
    public List<EditableLesson> getLessons() { return lessons; }
    public int getQuizSize() { return quiz.size(); }
    public List<Problem> getProblems() { return problems; }
    public int getSelected() { return selected; }
    public boolean isPreview() { return preview; }
    public String getMaterialQuery() { return materialQuery; }
    public void setMaterialQuery(String materialQuery) { this.materialQuery = materialQuery; }
    public List<MaterialChoice> getMaterialResults() { return materialResults; }
}
