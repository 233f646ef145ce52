import { Link } from 'wouter'

export function NotFound() {
  return (
    <div className="grid gap-2">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>
        There is no page at this address.{' '}
        <Link href="/" className="underline">
          Go to the start page
        </Link>
        .
      </p>
    </div>
  )
}
