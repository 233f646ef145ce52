// The error shapes of the real server (horde/exceptions.py, flask-restx validation, flask-limiter).

/** A horde exception: `{message, rc}` with the status of its class. */
export class HordeFault extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 423 | 429 | 500,
    readonly rc: string,
    message: string,
  ) {
    super(message)
  }
}

/** A payload or argument validation failure: `400 {message, errors}` and no rc. */
export class ValidationFault extends Error {
  constructor(readonly errors: Record<string, string>) {
    super('Input payload validation failed')
  }
}

export const fault = {
  invalidApiKey: (action = 'this action') =>
    new HordeFault(401, 'InvalidAPIKey', `This API key belongs to no user (${action}). Register to get one.`),
  notOwner: () => new HordeFault(403, 'WrongCredentials', 'This key may not change this resource.'),
  notModerator: (action: string) =>
    new HordeFault(403, 'NotModerator', `Moderator role needed to ${action}.`),
  notAdmin: (action: string) => new HordeFault(403, 'NotAdmin', `Admin role needed to ${action}.`),
  userNotFound: (id: string | number) => new HordeFault(404, 'UserNotFound', `No user with id ${id}.`),
  workerNotFound: (id: string) => new HordeFault(404, 'WorkerNotFound', `No worker with id ${id}.`),
  requestNotFound: (id: string) => new HordeFault(404, 'RequestNotFound', `No request with id ${id}.`),
}

/** The message flask-restx gives a missing required header or argument. */
export function missingArgument(
  name: string,
  help: string,
  where: 'headers' | 'query' | 'json',
): ValidationFault {
  const location =
    where === 'headers' ? 'the HTTP headers' : where === 'query' ? 'the query string' : 'the JSON body'
  return new ValidationFault({ [name]: `${help} Missing required parameter in ${location}` })
}
