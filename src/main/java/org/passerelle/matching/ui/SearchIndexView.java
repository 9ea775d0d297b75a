package org.passerelle.matching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.passerelle.matching.IndexMaintenanceService;
import org.passerelle.matching.IndexMaintenanceService.EntityReport;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The search indexes for administrators: each entity's count in the database and in its index with the ids that
 * differ; repair (index what is missing, remove what is gone) and a full rebuild with a progress bar.
 */
@Route("admin/search-index")
@Menu(title = "nav.admin.searchIndex", order = 107)
@RolesAllowed("ADMIN")
public class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private final IndexMaintenanceService maintenance;
    private final Grid<EntityReport> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Button check;
    private final Button repair;
    private final Button rebuild;

    public SearchIndexView(IndexMaintenanceService maintenance) {
        this.maintenance = maintenance;
        grid.setId("index-report");
        grid.addColumn(EntityReport::entity).setHeader(getTranslation("index.entity"));
        grid.addColumn(EntityReport::inDatabase).setHeader(getTranslation("index.inDatabase"));
        grid.addColumn(EntityReport::inIndex).setHeader(getTranslation("index.inIndex"));
        grid.addColumn(r -> r.consistent()
                        ? getTranslation("index.consistent")
                        : getTranslation("index.differences", r.missing(), r.extra()))
                .setHeader(getTranslation("index.state"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        check = new Button(getTranslation("index.check"), e -> show(maintenance.check()));
        check.setId("index-check");
        repair = new Button(getTranslation("index.repair"), e -> {
            show(maintenance.repair());
            status.setText(getTranslation("index.repaired"));
        });
        repair.setId("index-repair");
        rebuild = new Button(getTranslation("index.rebuild"), e -> rebuildAll());
        rebuild.setId("index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_ERROR);
        progress.setVisible(false);
        progress.setId("index-progress");
        progress.setWidth("20em");
        status.setId("index-status");
        add(
                new H1(getTranslation("nav.admin.searchIndex")),
                new Paragraph(getTranslation("index.intro")),
                new HorizontalLayout(check, repair, rebuild),
                new HorizontalLayout(progress, status),
                grid);
        show(maintenance.check());
    }

    private void show(List<EntityReport> reports) {
        grid.setItems(reports);
    }

    private void rebuildAll() {
        var ui = UI.getCurrent();
        setBusy(true);
        progress.setValue(0);
        status.setText(getTranslation("index.rebuilding"));
        ui.setPollInterval(500);
        var task = new DelegatingSecurityContextRunnable(
                () -> {
                    try {
                        maintenance.rebuild(value -> ui.access(() -> progress.setValue(value)));
                        ui.access(() -> {
                            status.setText(getTranslation("index.rebuilt"));
                            show(maintenance.check());
                        });
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException failure) {
                        LoggerFactory.getLogger(SearchIndexView.class).error("Rebuild failed", failure);
                        ui.access(() -> status.setText(getTranslation("index.failed")));
                    } finally {
                        ui.access(() -> {
                            setBusy(false);
                            ui.setPollInterval(-1);
                        });
                    }
                },
                SecurityContextHolder.getContext());
        CompletableFuture.runAsync(task);
    }

    private void setBusy(boolean busy) {
        progress.setVisible(busy);
        check.setEnabled(!busy);
        repair.setEnabled(!busy);
        rebuild.setEnabled(!busy);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.searchIndex");
    }
}
