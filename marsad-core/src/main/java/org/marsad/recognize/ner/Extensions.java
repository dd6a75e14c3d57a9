package org.marsad.recognize.ner;

import opennlp.tools.util.ext.ExtensionLoader;

/**
 * OpenNLP instantiates the feature generator factory and the resource serializers named in a
 * model by class name, and only from packages it was told to trust: this package.
 */
final class Extensions {
    static {
        ExtensionLoader.registerAllowedPackage(Extensions.class.getPackageName() + ".");
    }

    private Extensions() {
    }

    /** Makes sure the package is registered (the work is done once, by the class initializer). */
    static void register() {
        // class initialization does it
    }
}
