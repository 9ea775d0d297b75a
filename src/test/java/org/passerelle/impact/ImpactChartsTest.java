package org.passerelle.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** Charts are drawn once per content: the same figures give the same picture without drawing it again. */
class ImpactChartsTest {

    private static JFreeChart chart(String title, int value) {
        var data = new DefaultCategoryDataset();
        data.addValue(value, "Published", "2026 Q1");
        data.addValue(3, "Staffed", "2026 Q1");
        return ChartFactory.createBarChart(title, null, null, data, PlotOrientation.VERTICAL, true, false, false);
    }

    @Test
    void theSameChartIsDrawnOnceAndADifferentOneAgain() {
        var first = ImpactCharts.png(chart("Missions per quarter", 7), 320, 200);
        var again = ImpactCharts.png(chart("Missions per quarter", 7), 320, 200);
        assertThat(again).as("the picture kept").isSameAs(first);
        assertThat(ImpactCharts.png(chart("Missions per quarter", 8), 320, 200)).isNotSameAs(first);
        assertThat(ImpactCharts.png(chart("Missions par trimestre", 7), 320, 200))
                .isNotSameAs(first);
        assertThat(ImpactCharts.png(chart("Missions per quarter", 7), 640, 320)).isNotSameAs(first);
        assertThat(first).startsWith(0x89, 'P', 'N', 'G');
    }
}
