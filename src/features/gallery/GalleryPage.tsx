// Placeholder until the gallery lands.
export default function GalleryPage() {
  return <h1 className="text-2xl font-semibold">Gallery</h1>
}
