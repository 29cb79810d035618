package dev.oxprops.processor;

import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.source.JavaFile;
import dev.oxprops.processor.structure.StructureStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The processor, keeping (besides writing them) the model of every file it generates, specs' and structures'. */
public final class RecordingProcessor extends OxPropsProcessor {
    /** The files generated so far, in the order written. */
    public final List<JavaFile> files = new ArrayList<>();

    @Override
    Pipeline pipeline() {
        return new Pipeline() {
            @Override
            StructureStep structures() {
                return new StructureStep(processingEnv) {
                    @Override
                    protected void write(JavaFile f) throws IOException {
                        files.add(f);
                        super.write(f);
                    }
                };
            }

            @Override
            void generate(SpecDef spec) throws IOException {
                files.addAll(generator().files(spec));
                super.generate(spec);
            }
        };
    }
}
