/** The application class; every bounded context is a sub-package that is an {@code @ApplicationModule}. */
@org.jspecify.annotations.NullMarked
package id.aparatur;
