import { describe, expect, it } from 'vitest'
import { HordeError, humanMessage, hordeDetail } from './errors'
import { rcWords } from './rcWords'

// Every code listed in the horde's README_return_codes.md (5.1.5), except the generic BadRequest and
// Forbidden, whose meaning varies and whose message is shown as the horde wrote it.
const README_CODES = [
  'AbortedGen',
  'AestheticsAlreadyExist',
  'AestheticsConfused',
  'AestheticsDuplicate',
  'AestheticsMissing',
  'AestheticsNotCompleted',
  'AestheticsNotPublic',
  'AestheticsServerDown',
  'AestheticsServerError',
  'AestheticsServerRejected',
  'AestheticsServerTimeout',
  'AestheticsSolo',
  'AnonForbidden',
  'AnonForbiddenUserMod',
  'AnonForbiddenWorker',
  'BadCFGDecimals',
  'BadCFGNumber',
  'BadLoraVersion',
  'BannedClientAgent',
  'BetaAnonForbidden',
  'BetaComparisonFault',
  'ControlNetInpaintingMismatch',
  'ControlNetInvalidPayload',
  'ControlNetMismatch',
  'ControlNetSourceMissing',
  'ControlNetUnsupported',
  'CorruptPrompt',
  'DuplicateGen',
  'EducationCannotSendKudos',
  'FaultWhenKudosReceiving',
  'FaultWhenKudosSending',
  'FilterNotFound',
  'HiResFixMismatch',
  'HiResMismatch',
  'ImageValidationFailed',
  'InpaintingMissingMask',
  'InvalidAPIKey',
  'InvalidAestheticAttempt',
  'InvalidAwardUsername',
  'InvalidJobID',
  'InvalidPriorityUsername',
  'InvalidPromptSize',
  'InvalidSize',
  'KudosAwardToAnon',
  'KudosTransferFromAnon',
  'KudosTransferNotEnough',
  'KudosTransferToAnon',
  'KudosTransferToSelf',
  'KudosUpfront',
  'KudosValidationError',
  'Locked',
  'MaintenanceMode',
  'MissingPrompt',
  'NameAlreadyExists',
  'NegativeKudosTransfer',
  'NoFilterModSelected',
  'NoHordeModSelected',
  'NoSharedKeyModSelected',
  'NoTeamModSelected',
  'NoUserModSelected',
  'NoValidActions',
  'NoValidWorkers',
  'NoWorkerModSelected',
  'NotAdmin',
  'NotAllowedAwards',
  'NotModerator',
  'NotOwner',
  'NotPrivileged',
  'NotTrusted',
  'OnlyServiceAccountProxy',
  'PolymorphicNameConflict',
  'ProcGenNotFound',
  'ProfaneAdminComment',
  'ProfaneBridgeAgent',
  'ProfaneTeamInfo',
  'ProfaneTeamName',
  'ProfaneUserContact',
  'ProfaneUserName',
  'ProfaneWorkerInfo',
  'ProfaneWorkerName',
  'Profanity',
  'RequestExpired',
  'RequestNotFound',
  'RequiresTrust',
  'SharedKeyEmpty',
  'SharedKeyExpired',
  'SharedKeyInsufficientKudos',
  'SourceAccountFlagged',
  'SourceImageRequiredForModel',
  'SourceImageResolutionExceeded',
  'SourceImageSizeExceeded',
  'SourceImageUnreadable',
  'SourceImageUrlInvalid',
  'SourceMaskUnnecessary',
  'SpecialFieldNeedsSpecialUser',
  'SpecialForbidden',
  'SpecialMissingPayload',
  'SpecialMissingUsername',
  'SpecialModelNeedsSpecialUser',
  'TargetAccountFlagged',
  'TeamNameAlreadyExists',
  'TeamNotFound',
  'TilingMismatch',
  'TimeoutIP',
  'TooFastKudosTransfers',
  'TooLong',
  'TooLongUserName',
  'TooLongWorkerName',
  'TooManyLoras',
  'TooManyNewIPs',
  'TooManyPrompts',
  'TooManySameIPs',
  'TooManySteps',
  'TooManyTIs',
  'TooManyUpscalers',
  'UnexpectedModelName',
  'UnsafeIP',
  'UnsupportedModel',
  'UnsupportedSampler',
  'UntrustedTeamCreation',
  'UntrustedUnsafeIP',
  'UserNotFound',
  'WorkerFlaggedMaintenance',
  'WorkerInviteOnly',
  'WorkerMaintenance',
  'WorkerNameAlreadyExists',
  'WorkerNotFound',
  'WrongCredentials',
]

describe('rcWords', () => {
  it('has a sentence of ours for every code the horde documents', () => {
    const missing = README_CODES.filter((rc) => !rcWords(rc))
    expect(missing).toEqual([])
  })

  it('understands the codes the horde sends with a trailing dot', () => {
    expect(rcWords('InvalidExtraSourceImages.')).toBe(rcWords('InvalidExtraSourceImages'))
    expect(rcWords('ControlNetMismatch.')).toBeTruthy()
  })

  it('has no sentence for the generic codes, so the horde’s own message is shown', () => {
    const error = new HordeError(
      'horde',
      400,
      'This shared key is limited to 30 steps per job.',
      'BadRequest',
    )
    expect(humanMessage(error)).toBe('This shared key is limited to 30 steps per job.')
    expect(hordeDetail(error)).toBeNull()
  })

  it('keeps the horde’s figures as detail next to our sentence', () => {
    const error = new HordeError('horde', 403, 'This request requires 177 kudos to fulfil.', 'KudosUpfront')
    expect(humanMessage(error)).toMatch(/kudos must be available up front/)
    expect(hordeDetail(error)).toBe('This request requires 177 kudos to fulfil.')
  })

  it('tells the rate limiter’s 429 apart from TooManyPrompts', () => {
    expect(humanMessage(HordeError.fromResponse(429, { message: '2 per 1 second' }))).toMatch(
      /Too many requests/,
    )
    expect(humanMessage(HordeError.fromResponse(429, { message: 'x', rc: 'TooManyPrompts' }))).toMatch(
      /requests waiting/,
    )
  })

  it('drops the framework’s "did you mean" tail from a 404, keeping the horde’s own sentence', () => {
    const error = HordeError.fromResponse(404, {
      message:
        "User with ID '99' not found. You have requested this URI [/api/v2/users/99] but did you mean " +
        '/api/v2/users/<string:user_id> or /api/v2/users ?',
      rc: 'UserNotFound',
    })
    expect(error.message).toBe("User with ID '99' not found.")
    const unknown = HordeError.fromResponse(404, {
      message:
        'The requested URL was not found on the server. If you entered the URL manually please check your ' +
        'spelling and try again. You have requested this URI [/api/v2/userz] but did you mean /api/v2/users ?',
    })
    expect(humanMessage(unknown)).not.toMatch(/did you mean|requested this URI/)
    expect(unknown.message).toMatch(/^The requested URL was not found on the server\./)
  })
})
