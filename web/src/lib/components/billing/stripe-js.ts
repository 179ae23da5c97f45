/**
 * The little of Stripe.js the card form uses, loaded from js.stripe.com on first use (and
 * only when the company's gateway is Stripe): Stripe requires loading it from there.
 */

export interface StripeElements {
  create(type: 'payment'): { mount(element: HTMLElement): void };
}

export interface StripeInstance {
  elements(options: { clientSecret: string }): StripeElements;
  confirmSetup(options: {
    elements: StripeElements;
    redirect: 'if_required';
    confirmParams: { return_url: string };
  }): Promise<{ error?: { message?: string }; setupIntent?: { id: string; status: string } }>;
}

type StripeFactory = (publishableKey: string) => StripeInstance;

const scriptUrl = 'https://js.stripe.com/v3/';
let loading: Promise<StripeFactory> | null = null;

function stripeFactory(): StripeFactory | undefined {
  return (window as unknown as { Stripe?: StripeFactory }).Stripe;
}

export async function loadStripe(publishableKey: string): Promise<StripeInstance> {
  loading ??= new Promise<StripeFactory>((resolve, reject) => {
    const ready = stripeFactory();
    if (ready) return resolve(ready);
    const script = document.createElement('script');
    script.src = scriptUrl;
    script.async = true;
    script.onload = () => {
      const loaded = stripeFactory();
      if (loaded) resolve(loaded);
      else reject(new Error('Stripe.js loaded without Stripe.'));
    };
    script.onerror = () => {
      loading = null;
      reject(new Error('Stripe could not be reached. Check your connection and try again.'));
    };
    document.head.append(script);
  });
  return (await loading)(publishableKey);
}
