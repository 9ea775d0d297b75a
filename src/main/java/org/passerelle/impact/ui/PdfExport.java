package org.passerelle.impact.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * "Export PDF": builds the report in the background while a progress bar fills (the page polls for it), then offers
 * the file and starts its download. A second click while a report is being built does nothing.
 */
class PdfExport extends Composite<HorizontalLayout> {

    private final Button start;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private Anchor ready;

    /**
     * @param report builds the PDF, reporting progress from 0 to 1 (run off the UI thread: it must not touch components)
     * @param fileName the name of the downloaded file
     */
    PdfExport(String id, Supplier<Function<DoubleConsumer, byte[]>> report, Supplier<String> fileName) {
        start = new Button(getTranslation("export.pdf"), e -> run(report.get(), fileName.get()));
        start.setId(id);
        progress.setVisible(false);
        progress.setWidth("12em");
        progress.setId(id + "-progress");
        status.setId(id + "-status");
        getContent().add(start, progress, status);
        getContent().setAlignItems(HorizontalLayout.Alignment.CENTER);
    }

    private void run(Function<DoubleConsumer, byte[]> report, String fileName) {
        var ui = UI.getCurrent();
        if (ready != null) {
            getContent().remove(ready);
            ready = null;
        }
        start.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("export.preparing"));
        ui.setPollInterval(300);
        CompletableFuture.supplyAsync(() -> report.apply(value -> ui.access(() -> progress.setValue(value))))
                .whenComplete((pdf, failure) -> ui.access(() -> finished(ui, pdf, failure, fileName)));
    }

    private void finished(UI ui, byte[] pdf, Throwable failure, String fileName) {
        ui.setPollInterval(-1);
        start.setEnabled(true);
        progress.setVisible(false);
        if (failure != null) {
            LoggerFactory.getLogger(PdfExport.class).error("PDF report failed", failure);
            status.setText(getTranslation("export.failed"));
            return;
        }
        status.setText("");
        ready = new Anchor(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length)),
                getTranslation("export.ready", Math.max(1, pdf.length / 1024)));
        ready.setId(start.getId().orElse("export") + "-download");
        ready.getElement().setAttribute("download", fileName);
        getContent().add(ready);
        ready.getElement().callJsFunction("click");
    }
}
