package io.keyprojects.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Packages run downhill: inside a module, no package reaches back up to one that depends on it, directly or round a
 * longer loop. Read from the compiled classes (imports, fully qualified names, nested types alike), so a cycle fails
 * the module's build naming the classes that close it.
 */
public final class DownhillPackages {
    private DownhillPackages() {
    }

    /** Fails when the top-level packages below {@code basePackage} (e.g. {@code io.keyprojects.projects}) form a cycle. */
    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found below " + basePackage);
        }
        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                .because("packages run downhill: a package never depends on one that depends on it")
                .check(classes);
    }
}
