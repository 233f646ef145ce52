import { statusQueries } from '@/api/status'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState, type FocusEvent, type FormEvent } from 'react'
import { toast } from 'sonner'
import { HordeError } from '@/api/errors'
import { humanMessage } from '@/api/errors'
import { useActiveKey } from '@/api/session'
import {
  buildSourceFields,
  sourceProblems,
  useBuiltSource,
  useSourceProblems,
  useSourceStatus,
  useSourceSummary,
} from '@/features/painter'
import { failureWords, submitImageRequest, type FailureView } from '@/features/requests'
import { toPayload, withSource } from '../model/payload'
import {
  fieldErrors,
  hordeFieldErrors,
  paintingModelProblem,
  whyCannotSubmit,
  type FieldErrors,
  type FormField,
} from '../model/readiness'
import { useComposer } from '../store'
import { useEstimate } from '../useEstimate'
import { PostProcessingFields, QualityFields } from './AdvancedFields'
import { Section } from './Controls'
import { GenerateBar } from './GenerateBar'
import { LoraFields, TiFields } from './LoraFields'
import { ModelPicker } from './ModelPicker'
import { PresetControls } from './PresetControls'
import { PromptFields } from './PromptFields'
import { SamplingFields } from './SamplingFields'
import { SizeFields } from './SizeFields'
import { SourceSection } from './SourceSection'
import { DeliveryFields, SafetyFields, WorkerFields } from './WorkerFields'
import { plural } from '@/lib/format'

/** The text2img form: every parameter the horde takes, checked beside each field before it is sent. */
export function Composer() {
  const stored = useComposer((s) => s.form)
  const source = useSourceSummary()
  const sourceReasons = useSourceProblems()
  const sourceStatus = useSourceStatus()
  const built = useBuiltSource()
  // With a source image, the size is the painter's: the mask is drawn at exactly that size.
  const form = useMemo(
    () => (source ? { ...stored, width: source.width, height: source.height } : stored),
    [stored, source],
  )
  const models = useQuery(statusQueries.models('image'))
  const hasKey = useActiveKey() !== null
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [attempted, setAttempted] = useState(false)
  const [sending, setSending] = useState(false)
  const [submitError, setSubmitError] = useState<FailureView | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  const local = useMemo(() => fieldErrors(form), [form])
  const painting = source?.needsInpaintingModel ? paintingModelProblem(models.data) : null
  const reasons = useMemo(
    () => [
      ...whyCannotSubmit(form, { models: models.data, hasKey }),
      ...(sourceStatus.loading ? ['The source image is still opening.'] : []),
      ...sourceReasons.map((r) => `${r}.`),
      ...(painting ? [painting] : []),
      ...(built.error ? [built.error] : []),
    ],
    [form, models.data, hasKey, sourceStatus.loading, sourceReasons, painting, built.error],
  )
  // The estimate waits for the source to be built: with one, the horde prices by denoising strength.
  const payload = useMemo(
    () =>
      Object.keys(local).length > 0 || (source && (built.building || !built.fields))
        ? null
        : withSource(toPayload(form), source ? built.fields : null),
    [form, local, source, built],
  )
  const estimate = useEstimate(payload)
  // The horde's field errors, from the estimate or from a refused submit, show beside their fields.
  const horde =
    estimate.error instanceof HordeError
      ? hordeFieldErrors(estimate.error.fieldErrors)
      : submitError?.fieldErrors
        ? hordeFieldErrors(submitError.fieldErrors)
        : { fields: {} as FieldErrors, other: [] }

  // Our own checks show beside a field once the user has left it (or tried to generate); the horde's
  // answers show at once.
  const shown: FieldErrors = { ...horde.fields }
  for (const [field, message] of Object.entries(local) as [FormField, string][])
    if (attempted || touched.has(field)) shown[field] = message

  const submit = async () => {
    setAttempted(true)
    if (reasons.length > 0 || sending) {
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      )
      return
    }
    setSending(true)
    try {
      // Built afresh from the painter's data, so what is sent is what the screen shows now.
      const fields = source && sourceProblems().length === 0 ? await buildSourceFields() : null
      if (source && !fields) throw new Error('The source image could not be prepared. Open it again.')
      const record = await submitImageRequest(withSource(toPayload(form), fields))
      if (record.state === 'failed') {
        const failure = record.error && failureWords(record.error, 'image')
        setSubmitError(failure)
        toast.error('The horde did not accept the request', { description: failure?.message })
      } else {
        setSubmitError(null)
        setAttempted(false)
        const n = record.payload.params.n ?? 1
        toast.success(`Request sent: ${plural(n, { one: 'image', other: 'images' })}`, {
          description: 'It is listed under Requests; the form keeps its settings.',
        })
      }
    } catch (e) {
      // Not even stored (e.g. the browser's storage is full): nothing was sent, the form is kept.
      setSubmitError({ message: humanMessage(e), rc: null, detail: null })
    } finally {
      setSending(false)
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    void submit()
  }
  // Ctrl+Enter (Cmd+Enter) from anywhere in the form; a native listener, as the form is not a widget.
  useEffect(() => {
    const el = formRef.current
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault()
        el?.requestSubmit()
      }
    }
    el?.addEventListener('keydown', onKeyDown)
    return () => el?.removeEventListener('keydown', onKeyDown)
  }, [])
  const onBlur = (e: FocusEvent) => {
    const name = (e.target as HTMLInputElement).name
    if (name && !touched.has(name)) setTouched(new Set(touched).add(name))
  }

  return (
    <form
      ref={formRef}
      aria-label="Image request"
      noValidate
      onSubmit={onSubmit}
      onBlur={onBlur}
      className="grid gap-4"
    >
      <PromptFields errors={shown} />
      <ModelPicker error={shown.models} />
      <SourceSection models={models.data} />
      <Section title="Size">
        <SizeFields errors={shown} lockedBy={source} />
      </Section>
      <Section title="Sampling and seed">
        <SamplingFields errors={shown} />
      </Section>
      <GenerateBar
        reasons={reasons}
        estimate={estimate}
        sending={sending}
        submitError={submitError}
        otherErrors={horde.other}
      />
      <Section title="Hires fix, tiling and style" folded>
        <QualityFields errors={shown} />
      </Section>
      <Section title="Post-processing" folded>
        <PostProcessingFields errors={shown} />
      </Section>
      <Section title={`LoRAs (${form.loras.length}) and textual inversions (${form.tis.length})`} folded>
        <LoraFields errors={shown} />
        <TiFields errors={shown} />
      </Section>
      <Section title="Safety and workers" folded>
        <SafetyFields />
        <WorkerFields errors={shown} />
      </Section>
      <Section title="Delivery" folded>
        <DeliveryFields />
      </Section>
      <Section title="Presets">
        <PresetControls />
      </Section>
    </form>
  )
}
