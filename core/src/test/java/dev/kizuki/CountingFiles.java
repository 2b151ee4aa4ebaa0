package dev.kizuki;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Paths onto real files that count how often each file is opened, so a test can tell how many times the
 * engine read a dataset. Only what reading a file needs is supported; the rest throws.
 */
final class CountingFiles extends FileSystem {
  private final FileSystem real;
  private final Provider provider = new Provider();
  private final Map<Path, AtomicInteger> opens = new ConcurrentHashMap<>();

  CountingFiles(FileSystem real) {
    this.real = real;
  }

  /** {@code file} as a counting path. */
  Path path(Path file) {
    return new CountingPath(file);
  }

  /** How many times {@code file} was opened through a counting path. */
  int opens(Path file) {
    AtomicInteger n = opens.get(file);
    return n == null ? 0 : n.get();
  }

  private static Path unwrap(Path p) {
    return p instanceof CountingPath c ? c.real : p;
  }

  private final class CountingPath implements Path {
    final Path real;

    CountingPath(Path real) {
      this.real = real;
    }

    private Path wrap(Path p) {
      return p == null ? null : new CountingPath(p);
    }

    @Override public FileSystem getFileSystem() { return CountingFiles.this; }
    @Override public boolean isAbsolute() { return real.isAbsolute(); }
    @Override public Path getRoot() { return wrap(real.getRoot()); }
    @Override public Path getFileName() { return wrap(real.getFileName()); }
    @Override public Path getParent() { return wrap(real.getParent()); }
    @Override public int getNameCount() { return real.getNameCount(); }
    @Override public Path getName(int index) { return wrap(real.getName(index)); }
    @Override public Path subpath(int from, int to) { return wrap(real.subpath(from, to)); }
    @Override public boolean startsWith(Path other) { return real.startsWith(unwrap(other)); }
    @Override public boolean endsWith(Path other) { return real.endsWith(unwrap(other)); }
    @Override public Path normalize() { return wrap(real.normalize()); }
    @Override public Path resolve(Path other) { return wrap(real.resolve(unwrap(other))); }
    @Override public Path relativize(Path other) { return wrap(real.relativize(unwrap(other))); }
    @Override public URI toUri() { return real.toUri(); }
    @Override public Path toAbsolutePath() { return wrap(real.toAbsolutePath()); }
    @Override public Path toRealPath(LinkOption... options) throws IOException { return wrap(real.toRealPath(options)); }
    @Override public int compareTo(Path other) { return real.compareTo(unwrap(other)); }
    @Override public String toString() { return real.toString(); }
    @Override public boolean equals(Object o) { return o instanceof CountingPath c && c.real.equals(real); }
    @Override public int hashCode() { return real.hashCode(); }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
      throw new UnsupportedOperationException();
    }
  }

  private final class Provider extends FileSystemProvider {
    private FileSystemProvider real() {
      return real.provider();
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
        FileAttribute<?>... attrs) throws IOException {
      opens.computeIfAbsent(unwrap(path), k -> new AtomicInteger()).incrementAndGet();
      return real().newByteChannel(unwrap(path), options, attrs);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
        throws IOException {
      return real().readAttributes(unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
        throws IOException {
      return real().readAttributes(unwrap(path), attributes, options);
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
      real().checkAccess(unwrap(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
      return real().getFileAttributeView(unwrap(path), type, options);
    }

    @Override public String getScheme() { return "counting"; }
    @Override public FileSystem newFileSystem(URI uri, Map<String, ?> env) { throw new UnsupportedOperationException(); }
    @Override public FileSystem getFileSystem(URI uri) { throw new UnsupportedOperationException(); }
    @Override public Path getPath(URI uri) { throw new UnsupportedOperationException(); }
    @Override public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) {
      throw new UnsupportedOperationException();
    }
    @Override public void createDirectory(Path dir, FileAttribute<?>... attrs) { throw new UnsupportedOperationException(); }
    @Override public void delete(Path path) { throw new UnsupportedOperationException(); }
    @Override public void copy(Path source, Path target, CopyOption... options) { throw new UnsupportedOperationException(); }
    @Override public void move(Path source, Path target, CopyOption... options) { throw new UnsupportedOperationException(); }
    @Override public boolean isSameFile(Path a, Path b) throws IOException { return real().isSameFile(unwrap(a), unwrap(b)); }
    @Override public boolean isHidden(Path path) throws IOException { return real().isHidden(unwrap(path)); }
    @Override public FileStore getFileStore(Path path) { throw new UnsupportedOperationException(); }
    @Override public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
      throw new UnsupportedOperationException();
    }
  }

  @Override public FileSystemProvider provider() { return provider; }
  @Override public void close() { }
  @Override public boolean isOpen() { return true; }
  @Override public boolean isReadOnly() { return true; }
  @Override public String getSeparator() { return real.getSeparator(); }
  @Override public Iterable<Path> getRootDirectories() { throw new UnsupportedOperationException(); }
  @Override public Iterable<FileStore> getFileStores() { throw new UnsupportedOperationException(); }
  @Override public Set<String> supportedFileAttributeViews() { return real.supportedFileAttributeViews(); }
  @Override public Path getPath(String first, String... more) { return new CountingPath(real.getPath(first, more)); }
  @Override public PathMatcher getPathMatcher(String syntaxAndPattern) { throw new UnsupportedOperationException(); }
  @Override public UserPrincipalLookupService getUserPrincipalLookupService() { throw new UnsupportedOperationException(); }
  @Override public WatchService newWatchService() { throw new UnsupportedOperationException(); }
}
